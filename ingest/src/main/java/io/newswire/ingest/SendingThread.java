package io.newswire.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

import io.newswire.schema.RawArticle;

/**
 * Publishes on its own thread, in the order read, so that reading and parsing the next articles
 * overlaps the duplicate check, Avro encoding and compression of the previous ones (on two cores,
 * ingest was spending half its time on each). A bounded queue keeps memory flat; a failure of
 * the publisher (Kafka unreachable, registry down) is rethrown to the reading thread at its next
 * call.
 */
final class SendingThread implements ArticleHandler, AutoCloseable {
    private static final Object STOP = new Object();

    private final ArticlePublisher publisher;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile RuntimeException failure;

    SendingThread(ArticlePublisher publisher, int capacity) {
        this.publisher = publisher;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "ingest-sender");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void article(RawArticle article) {
        throwIfFailed();
        put(article);
    }

    @Override
    public void rejected(Rejection rejection) {
        publisher.rejected(rejection); // thread-safe, order does not matter
    }

    /** Waits until every article handed over so far has been passed to the publisher, then flushes it. */
    PublishSummary flush() {
        CountDownLatch done = new CountDownLatch(1);
        put(done);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while sending", ExitCodes.FATAL, e);
        }
        throwIfFailed();
        return publisher.flush();
    }

    @Override
    public void close() {
        queue.clear();
        put(STOP);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while reading", ExitCodes.FATAL, e);
        }
    }

    private void throwIfFailed() {
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    private void run() {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == STOP) {
                return;
            }
            if (item instanceof CountDownLatch latch) {
                latch.countDown();
            } else if (failure == null) { // after a failure the rest is dropped: the run is ending with an error
                try {
                    publisher.publish((RawArticle) item);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }
    }
}
