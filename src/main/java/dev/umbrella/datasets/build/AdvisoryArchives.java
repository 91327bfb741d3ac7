package dev.umbrella.datasets.build;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Sha256;
import dev.umbrella.datasets.parse.Malformed;
import dev.umbrella.datasets.parse.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Reads the three advisory databases of {@code raw/advisories/} (SOURCES.md §3) straight from
 * their files, without unpacking anything to disk:
 * <ul>
 *   <li>PSF: the OSV JSON files {@code psf__advisory-database/advisories/python/PSF-*.json};</li>
 *   <li>PyPA: the OSV YAML members {@code vulns/<package>/PYSEC-*.yaml} of the {@code .tar.gz};</li>
 *   <li>RubySec: the rubysec YAML members {@code gems/<gem>/*.yml} and {@code rubies/<engine>/*.yml}
 *       of the {@code .tar.gz} (see {@link RubySecRecord}).</li>
 * </ul>
 */
final class AdvisoryArchives {
    static final String PSF_DIR = "advisories/psf__advisory-database/advisories/python";
    static final String PYPA_ARCHIVE = "advisories/pypa__advisory-database/pypa__advisory-database.vulns.tar.gz";
    static final String RUBYSEC_ARCHIVE =
            "advisories/rubysec__ruby-advisory-db/rubysec__ruby-advisory-db.gems_rubies.tar.gz";

    /** The OSV keys {@link OsvRecord} reads. */
    static final Set<String> OSV_KEYS =
            Set.of("id", "aliases", "published", "modified", "withdrawn", "severity", "credits", "affected");
    /** Nested OSV keys no column uses, passed over unread (PYSEC's {@code versions} lists are most of its bytes). */
    static final Set<String> UNUSED_NESTED = Set.of("versions", "events", "database_specific", "ecosystem_specific");
    /** The rubysec keys {@link RubySecRecord} reads. */
    static final Set<String> RUBYSEC_KEYS =
            Set.of("gem", "engine", "cve", "ghsa", "osvdb", "date", "cvss_v2", "cvss_v3", "cvss_v4");

    private static final Pattern PYSEC_MEMBER = Pattern.compile("vulns/[^/]+/[^/]+\\.yaml");
    private static final Pattern RUBYSEC_MEMBER = Pattern.compile("(gems|rubies)/[^/]+/[^/]+\\.yml");

    /** Advisories read from one source, and the manifest input for it. */
    record Read(List<Advisory> advisories, Input input) {}

    private AdvisoryArchives() {}

    /**
     * PSF JSON files. The input hash is over the directory listing in {@code sha256sum} format, so a
     * reviewer can recompute it with {@code cd …/python && sha256sum *.json | sha256sum}.
     */
    static Read psf(Path rawDir) {
        Path dir = rawDir.resolve(PSF_DIR);
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(PSF_DIR, 0, "raw directory is missing (looked in " + rawDir + ")");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DatasetException(PSF_DIR, 0, "cannot list: " + e.getMessage(), e);
        }
        var advisories = new ArrayList<Advisory>();
        var listing = new StringBuilder();
        for (Path file : files) {
            String name = PSF_DIR + "/" + file.getFileName();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DatasetException(name, 0, "cannot read: " + e.getMessage(), e);
            }
            listing.append(Sha256.hex(bytes))
                    .append("  ")
                    .append(file.getFileName())
                    .append('\n');
            advisories.add(OsvRecord.toAdvisory(json(name, new String(bytes, StandardCharsets.UTF_8)), "psf", name));
        }
        if (advisories.isEmpty()) {
            throw new DatasetException(PSF_DIR, 0, "no PSF-*.json advisories found");
        }
        String hash = Sha256.hex(listing.toString().getBytes(StandardCharsets.UTF_8));
        return new Read(
                advisories,
                new Input("raw:" + PSF_DIR + "/*.json files=" + files.size() + " sha256sum-listing=" + hash));
    }

    static Read pypa(Path rawDir) {
        return archive(rawDir, PYPA_ARCHIVE, PYSEC_MEMBER, (member, text) -> {
            Object tree = yaml(PYPA_ARCHIVE + "!" + member, text, OSV_KEYS);
            return OsvRecord.toAdvisory((Map<?, ?>) tree, "pypa", PYPA_ARCHIVE + "!" + member);
        });
    }

    static Read rubysec(Path rawDir) {
        return archive(rawDir, RUBYSEC_ARCHIVE, RUBYSEC_MEMBER, (member, text) -> {
            Object tree = yaml(RUBYSEC_ARCHIVE + "!" + member, text, RUBYSEC_KEYS);
            return RubySecRecord.toAdvisory((Map<?, ?>) tree, member, RUBYSEC_ARCHIVE + "!" + member);
        });
    }

    private interface MemberReader {
        Advisory read(String member, String text);
    }

    /**
     * Decompresses the whole archive into memory (a few MB) and lists it with {@link TarFile}, which
     * seeks from header to header; members are then decoded straight from the array. (Streaming
     * with TarArchiveInputStream allocated a fresh skip buffer per member, a fifth of the time.)
     */
    private static Read archive(Path rawDir, String relativePath, Pattern members, MemberReader reader) {
        var digest = Sha256.digest();
        var advisories = new ArrayList<Advisory>();
        try (InputStream file = new DigestInputStream(Files.newInputStream(rawDir.resolve(relativePath)), digest)) {
            byte[] tar = new GZIPInputStream(file, 1 << 16).readAllBytes();
            file.transferTo(OutputStream.nullOutputStream());
            try (var archive = new TarFile(tar)) {
                for (TarArchiveEntry entry : archive.getEntries()) {
                    if (entry.isFile() && members.matcher(entry.getName()).matches()) {
                        String text = new String(
                                tar,
                                Math.toIntExact(entry.getDataOffset()),
                                Math.toIntExact(entry.getSize()),
                                StandardCharsets.UTF_8);
                        advisories.add(reader.read(entry.getName(), text));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(relativePath, 0, "raw file is missing (looked in " + rawDir + ")");
        } catch (IOException | ArithmeticException e) {
            throw new DatasetException(relativePath, 0, "cannot read archive: " + e.getMessage(), e);
        }
        if (advisories.isEmpty()) {
            throw new DatasetException(relativePath, 0, "no advisories found in archive");
        }
        Timing.mark("read " + relativePath);
        return new Read(advisories, Input.rawFile(relativePath, Sha256.hex(digest)));
    }

    /** The needed keys of one advisory's YAML (see {@link Yaml}), or a {@link DatasetException} naming the member. */
    static Object yaml(String file, String text, Set<String> keys) {
        try {
            return Yaml.mapping(text, keys, UNUSED_NESTED);
        } catch (Malformed e) {
            throw DatasetException.at(file, e);
        }
    }

    private static Map<?, ?> json(String file, String text) {
        try {
            Object tree = plain(JsonParser.parseString(text));
            if (!(tree instanceof Map)) {
                throw new DatasetException(file, 1, "expected a JSON object");
            }
            return (Map<?, ?>) tree;
        } catch (JsonParseException e) {
            throw new DatasetException(file, 0, "malformed JSON: " + e.getMessage(), e);
        }
    }

    /** A Gson tree as plain maps, lists and strings, like {@link Yaml}. */
    private static Object plain(JsonElement e) {
        if (e.isJsonObject()) {
            var map = new LinkedHashMap<String, Object>();
            e.getAsJsonObject().entrySet().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        if (e.isJsonArray()) {
            var list = new ArrayList<Object>();
            e.getAsJsonArray().forEach(item -> list.add(plain(item)));
            return list;
        }
        return e.isJsonNull() ? null : e.getAsString();
    }
}
