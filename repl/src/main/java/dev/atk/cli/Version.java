package dev.atk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code atk --version}: the build's version (from the jar's Maven metadata) and the Java runtime. */
public final class Version implements IVersionProvider {

    public static String number() {
        String v = Version.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/maven/dev.atk/atk-repl/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        return dev.atk.api.Session.VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "atk " + number(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
