package notifytck.wire.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import notifytck.spi.NotificationImplementation;

/**
 * Serves a Java implementation over the wire protocol: the program a kit starts with
 * {@code --sut-command}, or a server it reaches with {@code --sut-connect}.
 *
 * <pre>
 * java -cp notify-tck.jar:my-impl.jar notifytck.wire.serve.Serve --sut com.example.MyImplementation
 * java -cp notify-tck.jar:my-impl.jar notifytck.wire.serve.Serve --sut com.example.MyImplementation --listen 127.0.0.1:7411
 * </pre>
 *
 * On stdin/stdout, System.out is moved to stderr first: a stray print from the implementation
 * would otherwise corrupt the protocol. Listening, each connection is a session of its own.
 */
public final class Serve {
    private Serve() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        String sut = null;
        String listen = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sut":
                    sut = value(args, ++i, "--sut");
                    break;
                case "--listen":
                    listen = value(args, ++i, "--listen");
                    break;
                default:
                    usage("unknown argument " + args[i]);
            }
        }
        if (sut == null) {
            usage("--sut <class> is required");
        }
        NotificationImplementation implementation = load(sut);
        if (listen == null) {
            String reason = new ProgramSide(implementation, System.in, protocolOut).serve();
            System.err.println("notify-tck serve: " + reason);
            System.exit(0);
        }
        int colon = listen.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : listen.substring(0, colon);
        int port = Integer.parseInt(colon < 0 ? listen : listen.substring(colon + 1));
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            System.err.println("notify-tck serve: listening on " + server.getLocalSocketAddress());
            while (true) {
                Socket s = server.accept();
                Thread t = new Thread(() -> session(implementation, s), "notifytck-serve-session");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    private static void session(NotificationImplementation implementation, Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            new ProgramSide(implementation, s.getInputStream(), s.getOutputStream()).serve();
        } catch (IOException | InterruptedException e) {
            System.err.println("notify-tck serve: session ended: " + e);
        }
    }

    private static NotificationImplementation load(String name) {
        try {
            return (NotificationImplementation) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            usage("--sut " + name + ": " + e);
            return null;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("notify-tck serve: " + problem);
        System.err.println("usage: Serve --sut <NotificationImplementation class> [--listen [host:]port]");
        System.exit(2);
    }
}
