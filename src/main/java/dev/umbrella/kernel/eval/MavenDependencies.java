package dev.umbrella.kernel.eval;

import dev.umbrella.env.Env;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Libraries from Maven repositories for {@code %maven} and {@code %%loadFromPOM}: an artifact and its
 * transitive runtime dependencies, resolved by Apache Maven Resolver (what Maven itself uses) into
 * the user's local repository ({@code -Dmaven.repo.local}, else {@code ~/.m2/repository}), so what is
 * there already is used without the network and a library downloaded once serves every notebook.
 * Remote repositories: Maven Central, plus any a POM or {@code %mavenRepo} names.
 *
 * <p>{@code -Dumbrella.maven.central=URL} replaces Central's address (a mirror, or a file repository
 * in tests).
 */
public final class MavenDependencies {
    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    /** Connecting gives up after this long, so a machine without network fails at once instead of hanging. */
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, RemoteRepository> remotes = new LinkedHashMap<>();
    private RepositorySystem system;

    public MavenDependencies() {
        String central = Env.mavenCentral().orElse(CENTRAL);
        remotes.put("central", new RemoteRepository.Builder("central", "default", central).build());
    }

    /** Adds a remote repository (by id; a later one with the same id replaces it). */
    public synchronized void addRepository(String id, String url) {
        remotes.put(id, new RemoteRepository.Builder(id, "default", url).build());
    }

    /** The local repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    static Path localRepository() {
        return Env.mavenLocalRepository();
    }

    /**
     * Jars of {@code coordinates} ({@code group:artifact[:extension[:classifier]]:version}) and of their
     * transitive runtime dependencies, in resolution order. Fails with a message naming what could not
     * be resolved.
     */
    public synchronized List<Path> resolveCoordinates(List<String> coordinates) {
        var dependencies = new ArrayList<Dependency>();
        for (String c : coordinates) {
            dependencies.add(new Dependency(artifact(c), JavaScopes.RUNTIME));
        }
        return resolve(dependencies, String.join(" ", coordinates));
    }

    /**
     * Jars of the dependencies a POM, or loose {@code <dependency>} and {@code <repository>} elements,
     * declare (test, provided and system scopes left out, as on a runtime class path), with the
     * repositories it names added first.
     */
    public synchronized List<Path> resolvePom(String xml) {
        Model model = readModel(xml);
        Map<String, String> properties = new LinkedHashMap<>();
        model.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        if (model.getVersion() != null) {
            properties.put("project.version", model.getVersion());
        }
        for (var repository : model.getRepositories()) {
            addRepository(repository.getId(), interpolate(repository.getUrl(), properties));
        }
        var dependencies = new ArrayList<Dependency>();
        var names = new ArrayList<String>();
        for (var d : model.getDependencies()) {
            String scope = d.getScope() == null ? JavaScopes.COMPILE : d.getScope();
            if (scope.equals(JavaScopes.TEST) || scope.equals(JavaScopes.PROVIDED) || scope.equals(JavaScopes.SYSTEM)) {
                continue;
            }
            String version = interpolate(d.getVersion(), properties);
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException(d.getGroupId() + ":" + d.getArtifactId()
                        + " has no version (a version is needed: there is no parent POM to manage it)");
            }
            var artifact = new DefaultArtifact(
                    interpolate(d.getGroupId(), properties),
                    interpolate(d.getArtifactId(), properties),
                    d.getClassifier(),
                    d.getType() == null ? "jar" : d.getType(),
                    version);
            var exclusions = new ArrayList<Exclusion>();
            for (var e : d.getExclusions()) {
                exclusions.add(new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*"));
            }
            dependencies.add(new Dependency(artifact, scope, false, exclusions));
            names.add(artifact.toString());
        }
        if (dependencies.isEmpty()) {
            throw new IllegalArgumentException("no <dependency> with a runtime scope in the cell");
        }
        return resolve(dependencies, String.join(" ", names));
    }

    private List<Path> resolve(List<Dependency> dependencies, String what) {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        var collect = new CollectRequest();
        collect.setDependencies(dependencies);
        collect.setRepositories(new ArrayList<>(remotes.values()));
        var request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        try (var session = new SessionBuilderSupplier(system)
                .get()
                .withLocalRepositoryBaseDirectories(localRepository())
                .setConfigProperty("aether.transport.http.connectTimeout", CONNECT_TIMEOUT_MILLIS)
                .setConfigProperty("aether.connector.connectTimeout", CONNECT_TIMEOUT_MILLIS)
                .setSystemProperties(System.getProperties())
                .build()) {
            var result = system.resolveDependencies(session, request);
            var jars = new ArrayList<Path>();
            for (ArtifactResult r : result.getArtifactResults()) {
                Artifact a = r.getArtifact();
                if (a != null && a.getPath() != null) {
                    jars.add(a.getPath());
                }
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new IllegalStateException(
                    "cannot resolve " + what + " (local repository " + localRepository() + ", remote " + remoteUrls()
                            + "): " + rootMessage(e),
                    e);
        }
    }

    private String remoteUrls() {
        var urls = new ArrayList<String>();
        remotes.values().forEach(r -> urls.add(r.getUrl()));
        return String.join(", ", urls);
    }

    private static DefaultArtifact artifact(String coordinates) {
        try {
            return new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not Maven coordinates: " + coordinates
                    + " (expected group:artifact:version, or group:artifact:extension[:classifier]:version)");
        }
    }

    /** The cell as a POM; loose {@code <dependency>}/{@code <repository>} elements are put into one. */
    private static Model readModel(String xml) {
        String text = xml.strip();
        if (!text.contains("<project")) {
            var dependencies = new StringBuilder();
            var repositories = new StringBuilder();
            Matcher m =
                    Pattern.compile("(?s)<(dependency|repository)\\b.*?</\\1>").matcher(text);
            while (m.find()) {
                (m.group(1).equals("dependency") ? dependencies : repositories)
                        .append(m.group())
                        .append('\n');
            }
            text = "<project><modelVersion>4.0.0</modelVersion><dependencies>" + dependencies
                    + "</dependencies><repositories>" + repositories + "</repositories></project>";
        }
        try {
            return new MavenXpp3Reader().read(new StringReader(text), true);
        } catch (IOException | XmlPullParserException e) {
            throw new IllegalArgumentException("the cell is not a POM or <dependency> elements: " + e.getMessage(), e);
        }
    }

    private static String interpolate(String value, Map<String, String> properties) {
        if (value == null) {
            return null;
        }
        Matcher m = PROPERTY.matcher(value);
        var out = new StringBuilder();
        while (m.find()) {
            String replacement = properties.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The deepest message that names an artifact ("Could not find artifact g:a:jar:v in central (url)",
     * "Could not transfer artifact ...: Connection refused"), with the root cause if it adds anything.
     */
    private static String rootMessage(Throwable e) {
        String named = null;
        String root = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                root = t.getMessage();
                if (root.contains("artifact")) {
                    named = root;
                }
            }
        }
        if (named == null) {
            return root;
        }
        return root == null || named.contains(root) ? named : named + ": " + root;
    }
}
