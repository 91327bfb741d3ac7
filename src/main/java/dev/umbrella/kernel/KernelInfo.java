package dev.umbrella.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.umbrella.env.Env;
import java.util.Arrays;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;

/**
 * What the kernel says about itself, in one place: the implementation name and version, the
 * {@code language_info} that notebooks record, the banner and the help links. The kernel's
 * {@code kernel_info_reply}, the JJava base kernel and {@code umbrella run} (through
 * {@link #languageInfoJson()}) all take them from here, so they cannot drift apart.
 */
public final class KernelInfo {
    /** The {@code implementation} of the kernel_info reply. */
    static final String IMPLEMENTATION = "umbrella";
    /** Umbrella's version (the pom's, filtered into a resource). */
    static final String VERSION = Env.version();

    private static final String[][] HELP_LINKS = {
        {"JShell", "https://docs.oracle.com/en/java/javase/17/jshell/"},
        {"Tablesaw", "https://jtablesaw.github.io/tablesaw/"}
    };

    private KernelInfo() {}

    static LanguageInfo languageInfo() {
        // The feature version only ("17", not "17.0.15"): notebooks record it and must be byte-identical across
        // machines.
        return new LanguageInfo.Builder("java")
                .version(String.valueOf(Runtime.version().feature()))
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    /** {@code language_info} as the kernel_info reply carries it (and nbclient copies it into the notebook). */
    public static JsonObject languageInfoJson() {
        LanguageInfo info = languageInfo();
        var language = new JsonObject();
        language.addProperty("name", info.getName());
        language.addProperty("version", info.getVersion());
        language.addProperty("mimetype", info.getMimetype());
        language.addProperty("file_extension", info.getFileExtension());
        language.addProperty("pygments_lexer", info.getPygmentsLexer());
        language.addProperty("codemirror_mode", String.valueOf(info.getCodemirrorMode()));
        language.addProperty(
                "nbconvert_exporter", info.getNbconvertExporter() != null ? info.getNbconvertExporter() : "script");
        return language;
    }

    static List<HelpLink> helpLinks() {
        return Arrays.stream(HELP_LINKS).map(l -> new HelpLink(l[0], l[1])).toList();
    }

    static String banner() {
        return "Java " + Runtime.version().feature() + " (JShell in the kernel JVM), Umbrella kernel " + VERSION;
    }

    /**
     * Adds what the kernel says about itself to a {@code kernel_info_reply}: implementation and its
     * version, {@code language_info}, banner, no debugger, help links (in the order of the protocol's documentation).
     */
    public static void addTo(JsonObject reply) {
        reply.addProperty("implementation", IMPLEMENTATION);
        reply.addProperty("implementation_version", VERSION);
        reply.add("language_info", languageInfoJson());
        reply.addProperty("banner", banner());
        reply.addProperty("debugger", false);
        var links = new JsonArray();
        for (String[] link : HELP_LINKS) {
            var l = new JsonObject();
            l.addProperty("text", link[0]);
            l.addProperty("url", link[1]);
            links.add(l);
        }
        reply.add("help_links", links);
    }
}
