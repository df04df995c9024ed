package notifytck.cli;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import notifytck.run.ConfigurationError;
import notifytck.spi.NotificationImplementation;

/**
 * Finds the implementation to judge: the class named with --sut, else the one ServiceLoader
 * provider on --sut-classpath, else the implementation embedded in the jar (the reference). A
 * third party's provider is told from the embedded one by where its class was loaded from, so
 * the jar's own provider never makes a third party's registration ambiguous.
 */
final class ImplementationSource {
    private ImplementationSource() {}

    static NotificationImplementation load(String className, List<String> classpath) {
        List<Path> entries = new ArrayList<>();
        for (String e : classpath) {
            if (e.isBlank()) {
                continue;
            }
            Path p;
            try {
                p = Path.of(e.strip());
            } catch (java.nio.file.InvalidPathException bad) {
                throw new ConfigurationError("--sut-classpath " + e + ": not a path (" + bad.getReason() + ")");
            }
            if (!Files.exists(p)) {
                throw new ConfigurationError("--sut-classpath " + e + ": no such file or folder");
            }
            if (!Files.isDirectory(p) && !p.toString().endsWith(".jar")) {
                throw new ConfigurationError("--sut-classpath " + e + ": neither a folder nor a .jar");
            }
            entries.add(p.toAbsolutePath().normalize());
        }
        ClassLoader loader = entries.isEmpty() ? ImplementationSource.class.getClassLoader()
                : new URLClassLoader("sut", urls(entries), ImplementationSource.class.getClassLoader());
        if (className != null && !className.isBlank()) {
            return byName(className.strip(), loader, !entries.isEmpty());
        }
        List<NotificationImplementation> thirdParty = new ArrayList<>();
        List<NotificationImplementation> embedded = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<NotificationImplementation> p : ServiceLoader.load(NotificationImplementation.class, loader).stream().toList()) {
                (fromClasspath(p.type(), entries) ? thirdParty : embedded).add(p.get());
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationError("a ServiceLoader registration of " + NotificationImplementation.class.getName()
                    + " is broken: " + e.getMessage());
        }
        if (thirdParty.size() > 1) {
            throw new ConfigurationError("--sut-classpath registers " + thirdParty.size() + " implementations ("
                    + thirdParty.stream().map(i -> i.getClass().getName()).collect(Collectors.joining(", ")) + "); name one with --sut");
        }
        if (thirdParty.size() == 1) {
            return thirdParty.get(0);
        }
        if (!entries.isEmpty()) {
            throw new ConfigurationError("--sut-classpath " + entries + " registers no " + NotificationImplementation.class.getName()
                    + " in META-INF/services; register one there or name the class with --sut");
        }
        if (embedded.size() != 1) {
            throw new ConfigurationError("expected one embedded implementation, found " + embedded.size() + "; name one with --sut");
        }
        return embedded.get(0);
    }

    private static NotificationImplementation byName(String name, ClassLoader loader, boolean hasClasspath) {
        Class<?> c;
        try {
            c = Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ConfigurationError("--sut " + name + ": no such class" + (hasClasspath ? " on --sut-classpath or in the kit"
                    : " in the kit (give its jar or folder with --sut-classpath)"));
        } catch (LinkageError e) {
            throw new ConfigurationError("--sut " + name + ": the class does not load (" + e + ")");
        }
        if (!NotificationImplementation.class.isAssignableFrom(c)) {
            throw new ConfigurationError("--sut " + name + ": does not implement " + NotificationImplementation.class.getName());
        }
        try {
            return (NotificationImplementation) c.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new ConfigurationError("--sut " + name + ": needs a public no-argument constructor");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new ConfigurationError("--sut " + name + ": the constructor failed (" + cause + ")");
        }
    }

    private static boolean fromClasspath(Class<?> type, List<Path> entries) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return false;
        }
        try {
            Path where = Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
            return entries.stream().anyMatch(where::startsWith);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static URL[] urls(List<Path> entries) {
        try {
            URL[] out = new URL[entries.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = entries.get(i).toUri().toURL();
            }
            return out;
        } catch (MalformedURLException e) {
            throw new ConfigurationError("--sut-classpath: " + e.getMessage());
        }
    }
}
