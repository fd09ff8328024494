package io.newswire.streams.topology;

/** Names of the queryable state stores. Aggregate stores are keyed by day, 'YYYY-MM-DD'. */
public final class StoreNames {
    /** meetingId to MeetingEvent: every meeting some article still reports. */
    public static final String MEETINGS = "meetings";
    /** day to DailyCounts of HELD meetings by venue 'region/subregion' (REMOTE, UNKNOWN). */
    public static final String MEETINGS_PER_REGION = "meetings-per-region-per-day";
    /** day to DailyCounts of HELD meetings by participant country (ISO 3166-1 codes only). */
    public static final String MEETINGS_PER_COUNTRY = "meetings-per-country-per-day";
    /** day to DailyCounts of HELD meetings by participant international body (AU, EU, UN, ...). */
    public static final String MEETINGS_PER_BODY = "meetings-per-body-per-day";
    /** day to DailyCounts of HELD in-person meetings by venue country code (no bucket for calls or an unknown venue). */
    public static final String MEETINGS_PER_VENUE_COUNTRY = "meetings-per-venue-country-per-day";
    /** day to DailyCounts of topic-country mentions by 'region/subregion'. */
    public static final String TOPICS_PER_REGION = "topics-per-region-per-day";
    /** day to DailyCounts of theme mentions by theme (the extractor's taxonomy: 'trade', 'security', ...). */
    public static final String THEMES_PER_DAY = "themes-per-day";
    /** day to DailyCounts of topic-country mentions by country code. */
    public static final String TOPICS_PER_COUNTRY = "topics-per-country-per-day";

    /**
     * Internal, for measurement: 'articleId|reportId' to the key of the meeting identity resolution put the report
     * in ('blockingKey|anchorDay|meetingId').
     */
    public static final String REPORT_CLUSTERS = "report-clusters";
    /** Internal: 'blockingKey|anchorDay|meetingId' to MeetingReports, the reports identity resolution made one meeting. */
    public static final String MEETING_CLUSTERS = "meeting-clusters";

    private StoreNames() {}
}
