package io.newswire.ingest;

/**
 * Where the id of a text or HTML file comes from (JSON lines and feed items carry their own ids).
 * {@code ingest} uses {@link #PATH}; the library default ({@link ArticleReader.Options#defaults()}) stays
 * {@link #CONTENT}, as before.
 */
public enum IdFrom {
    /**
     * The file's path relative to the folder given, under that folder's name ({@code seeds/000_x.txt}; a file
     * given alone counts as in its folder): an edited file keeps its id, so it is a correction of the same
     * article, and the same text in two files is two articles.
     */
    PATH,
    /** The hash of the normalised text ({@link ArticleIds#forText}): an edited file is a new article, copies are one. */
    CONTENT
}
