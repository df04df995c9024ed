package notifytck.wire.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/** A program that listens for the kit: each connection is one session. */
final class TcpEndpoint implements Endpoint {
    private final String host;
    private final int port;

    TcpEndpoint(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("--sut-connect " + hostPort + ": expected <host>:<port>");
        }
        this.host = hostPort.substring(0, colon);
        try {
            this.port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sut-connect " + hostPort + ": the port is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--sut-connect " + hostPort + ": the port must be 1 to 65535");
        }
    }

    @Override
    public Link open() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host, port), 5000);
        s.setTcpNoDelay(true);
        return new Link() {
            @Override
            public InputStream in() {
                try {
                    return s.getInputStream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public OutputStream out() {
                try {
                    return s.getOutputStream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public StderrTail stderr() {
                return null;
            }

            @Override
            public void destroy() {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closed already
                }
            }

            @Override
            public String fate(java.time.Duration wait) {
                return "";
            }
        };
    }

    @Override
    public String describe() {
        return host + ":" + port;
    }
}
