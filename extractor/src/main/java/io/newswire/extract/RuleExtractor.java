package io.newswire.extract;

import io.newswire.extract.Enrichment.Meeting;
import io.newswire.extract.Enrichment.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule-based extractor: runs the stages over one article (see docs/extractor.md for the diagram and for
 * the one class that decides each attribute). Immutable and thread-safe: the per-article state lives in the
 * {@link Document} and the stage objects built for each call.
 */
final class RuleExtractor implements Extractor {
    /** Inputs longer than this are cut (the tail is ignored) to bound the work per article. */
    static final int MAX_CHARS = 1 << 20;
    /** How far back merging and reference resolution look (bounds the work on huge inputs). */
    static final int WINDOW = 64;
    /** {@code -Dnewswire.debug} prints sentences and clauses to stderr (development aid). */
    /** Whether a sentence holds a meeting word or a word of travel: only then can a place it names be a venue nearby. */
    private static boolean meetingOrTripWord(Document doc, Sentence s) {
        for (int k = s.start(); k < s.end(); k++) {
            String low = doc.tokens.lower(k);
            if (doc.lexicon.verbTriggers.contains(low) || doc.lexicon.nounTriggers.contains(low) || doc.lexicon.travelToCountry.contains(low)
                    || doc.lexicon.visitCountry.contains(low) || doc.lexicon.arrival.contains(low) || low.startsWith("travel")) {
                return true;
            }
        }
        return false;
    }

    static final boolean DEBUG = System.getProperty("newswire.debug") != null;

    /**
     * Whether a sentence of the text below the headlines has a meeting noun ("The talks began ...") or tells what the
     * parties discussed ("The two leaders discussed European defence": a [weak-verb]).
     */
    private static boolean bodyNamesAMeeting(Document doc, Triggers triggers) {
        for (Sentence s : doc.sentences) {
            if (s.headline()) continue;
            for (int k = s.start(); k < s.end(); k++) {
                if (!doc.furniture[k] && (triggers.isNounTrigger(k, doc.tokens.lower(k)) || doc.lexicon.weakVerbs.contains(doc.tokens.lower(k)))) return true;
            }
        }
        return false;
    }

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    /** A statistical tagger whose person names the rules missed are added, or null (the standard extractor). */
    private final NameTagger nameTagger;

    RuleExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this(gazetteer, lexicon, null);
    }

    RuleExtractor(Gazetteer gazetteer, Lexicon lexicon, NameTagger nameTagger) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.nameTagger = nameTagger;
    }

    @Override
    public Enrichment extract(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text().length() > MAX_CHARS ? article.text().substring(0, MAX_CHARS) : article.text();
        Document doc = new Document(text, gazetteer, lexicon);

        // the article: gazetteer matches, page furniture and news context, sentences
        GazetteerAnnotator.annotate(doc);
        NewsContext news = new Furniture(doc, article.published()).read();
        new SentenceSplitter(doc).split();

        // sentence by sentence, in order: coreference and the protagonist need what came before
        People people = new People();
        Discourse discourse = new Discourse();
        Triggers triggers = new Triggers(doc);
        TitleReader titles = new TitleReader(doc, people);
        CapitalisedPersonRecognizer rules = new CapitalisedPersonRecognizer(doc, people, titles, new CapitalisedNames(doc), triggers);
        List<EntityRecognizer> recognizers = nameTagger == null ? List.of(rules)
                : List.of(rules, new TaggedPersonRecognizer(doc, people, titles, rules, nameTagger.persons(text)));
        MentionFinder mentionFinder = new MentionFinder(doc, people, triggers, discourse);
        DateResolver dates = new DateResolver(doc, news.newsDate(), news.datedLines(), news.storyDay());
        ClauseReader clauses = new ClauseReader(doc, triggers, dates, discourse);
        TopicFinder topicFinder = new TopicFinder(doc);
        int headline = -1;
        List<Mention> headlineMentions = null;
        for (int si = 0; si < doc.sentences.size(); si++) {
            Sentence s = doc.sentences.get(si);
            if (DEBUG) System.err.println("SENT " + (s.headline() ? "H " : "") + doc.text(s));
            List<Mention> mentions = new ArrayList<>();
            for (EntityRecognizer recognizer : recognizers) recognizer.recognize(s.start(), s.end(), mentions);
            mentionFinder.find(s.start(), s.end(), mentions);
            topicFinder.collectForcedTopics(s.start(), s.end());
            if (!s.headline()) clauses.read(si, s.start(), s.end(), mentions); // headlines give topics only
            else if (headline < 0 && triggers.findTrigger(s.start(), s.end()) != null) {
                headline = si;
                headlineMentions = mentions;
            }
        }
        // "Vladimir Putin held talks with President of Vietnam To Lam" over a transcript whose text names no one
        // ("The talks began in a restricted format"): the headline is the only report of the meeting
        if (discourse.meetings.isEmpty() && discourse.receptions.isEmpty() && headline >= 0 && bodyNamesAMeeting(doc, triggers)) {
            Sentence s = doc.sentences.get(headline);
            clauses.read(headline, s.start(), s.end(), headlineMentions);
            // a page that reports one meeting under its headline is dated by its own date
            for (MeetingDraft m : discourse.meetings) {
                if (m.date == null && !m.vague && m.status == Status.HELD && news.published() != null) m.date = news.published();
            }
        }
        discourse.meetings.addAll(discourse.receptionsNotOtherwiseMet());

        // a known actor's name tells the country the text did not state ("Sameh Shoukry"); filled in after the
        // meetings are read, so the rules see only what the text says
        new ActorCountries(doc, gazetteer.actors).resolve(people.all(), news.newsDate());
        RoleSides.resolve(discourse.meetings, people.all());
        // the article as a whole: defaults, output in report order, topics
        for (MeetingDraft m : discourse.meetings) {
            m.datedByText = m.date != null;
            m.placedByText = m.country != null || m.laterCountry != null;
        }
        VenueResolver placeReader = new VenueResolver(doc);
        // the place each sentence names (places meetings without a dateline) and the place someone arrived in
        // (a headline naming a meeting's place counts as one for the lead), read only where a default looks
        List<Venue> places = new SentencePlaces(doc, si -> {
            Sentence s = doc.sentences.get(si);
            // a country named as a place in a sentence with no meeting or trip word ("called for dialogue in Sudan")
            // is what was spoken of, not where anyone met
            if (!meetingOrTripWord(doc, s)) return null;
            return placeReader.venue(s.start(), s.end(), s.start());
        });
        List<Venue> arrivals = new SentencePlaces(doc, si -> {
            Sentence s = doc.sentences.get(si);
            Venue arrived = placeReader.withSummitCity(placeReader.arrival(s.start(), s.end()), s.start(), s.end(), news.newsDate());
            return arrived == null && s.headline() ? placeReader.headlinePlace(s.start(), s.end()) : arrived;
        });
        new KindFromContext(doc).apply(discourse.meetings);
        LeadDate.apply(doc, discourse.meetings, dates);
        LeadDate.follow(doc, discourse.meetings, dates);
        LineDate.apply(doc, discourse.meetings, news.datedLines());
        // a rotating summit named without its city ("on the sidelines of the G20 summit") met where it did that year,
        // unless the sentence places it at the dateline ("the G20 summit here")
        Venue dateline = news.datelineCity() == null ? null : new Venue(news.datelineCity(), news.datelineCountry());
        List<Venue> eventPlaces = new SentencePlaces(doc, si -> {
            Sentence s = doc.sentences.get(si);
            Venue v = placeReader.eventPlace(s.start(), s.end());
            if (v == null && dateline != null && placeReader.eventHere(s.start(), s.end())) return dateline;
            return v != null ? v : placeReader.rotatingSummit(s.start(), s.end(), news.newsDate());
        });
        List<Venue> attendedEvents = new SentencePlaces(doc, si -> {
            Sentence s = doc.sentences.get(si);
            Venue v = placeReader.attendedEvent(s.start(), s.end());
            if (v == Venue.UNPLACED && dateline != null && placeReader.eventHere(s.start(), s.end())) return dateline;
            Venue summit = v == Venue.UNPLACED ? placeReader.rotatingSummit(s.start(), s.end(), news.newsDate()) : null;
            return summit != null ? summit : v;
        });
        // the period a sentence names, read once per sentence (several meetings may ask for the same one)
        DateMention[] periods = new DateMention[doc.sentences.size()];
        boolean[] periodRead = new boolean[periods.length];
        // the place the first headline gives its meeting ("Tokayev meets Putin in Bishkek"): refines a country-only venue
        Sentence firstHeadline = doc.sentences.stream().filter(Sentence::headline).findFirst().orElse(null);
        Venue headlineCity = firstHeadline == null ? null : placeReader.headlinePlace(firstHeadline.start(), firstHeadline.end());
        MeetingDefaults.apply(discourse.meetings, news, places, arrivals, eventPlaces, attendedEvents, si -> {
            if (!periodRead[si]) {
                Sentence s = doc.sentences.get(si);
                periods[si] = dates.nearestDate(s.start(), s.end(), s.start(), Status.HELD);
                periodRead[si] = true;
            }
            return periods[si];
        }, si -> {
            Sentence s = doc.sentences.get(si);
            return doc.sentenceHas(s.start(), s.end(), doc.lexicon.nextLeg);
        }, headlineCity);
        MeetingOutput output = new MeetingOutput(doc, news, Confidence.standard());
        List<Meeting> meetings = new ArrayList<>();
        for (MeetingDraft m : output.inReportOrder(discourse.meetings)) {
            Meeting meeting = output.toMeeting(m);
            if (meeting != null) meetings.add(meeting);
        }
        return new Enrichment(news.published(), meetings,
                topicFinder.topics(discourse.meetings, people.all(), discourse.meetCount.keySet(), news, discourse.processClauses));
    }
}
