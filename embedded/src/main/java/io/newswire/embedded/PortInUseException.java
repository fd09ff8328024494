package io.newswire.embedded;

/** A local-mode server could not bind its port; the message names the port and the flag to change it. */
public final class PortInUseException extends RuntimeException {
    private final int port;

    public PortInUseException(String what, int port, String flag) {
        super(what + " cannot listen on 127.0.0.1:" + port + ": the port is in use. Stop what uses it, or choose another port with "
                + flag + " PORT (0 picks a free one).");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
