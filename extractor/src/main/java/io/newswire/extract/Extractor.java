package io.newswire.extract;

/**
 * Turns one article into meetings and topics. Implementations are deterministic
 * and thread-safe: one instance is built at start and shared by every stream thread.
 */
@FunctionalInterface
public interface Extractor {
    Enrichment extract(Article article);
}
