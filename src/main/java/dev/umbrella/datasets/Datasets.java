package dev.umbrella.datasets;

import dev.umbrella.env.Env;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tech.tablesaw.api.Table;

/**
 * The datasets, loaded: {@code Datasets.load().commits()} and friends, each a Tablesaw table with
 * the contract's typed columns and UTC times, a fresh copy on every call. {@link #load()} checks
 * every file listed in {@code datasets/MANIFEST.csv} against its SHA-256 first, so an edited or
 * truncated file stops with a message naming it instead of silently changing a number.
 *
 * <p>Parsed tables are cached per process by content hash (notebooks load often), so only the
 * first call of a JVM parses; later calls verify the checksums and copy. The first {@link #load}
 * also starts parsing every verified file on a background thread, largest first, so that by the time
 * a notebook asks for {@code commits()} most of the work is usually done.
 */
public final class Datasets {
    private static final Map<String, CompletableFuture<Table>> PARSED = new ConcurrentHashMap<>();
    private static final ExecutorService PARSER = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "datasets-parse");
        thread.setDaemon(true);
        return thread;
    });

    private final Path dir;
    private final Manifest manifest;
    private final Map<String, byte[]> verified;

    private Datasets(Path dir, Manifest manifest, Map<String, byte[]> verified) {
        this.dir = dir;
        this.manifest = manifest;
        this.verified = verified;
    }

    /** The project's {@code datasets/} (see {@link Env#datasetsDir()}). */
    public static Datasets load() {
        return load(Env.datasetsDir());
    }

    /** The datasets in {@code dir}, every file checked against {@code dir/MANIFEST.csv}. */
    public static Datasets load(Path dir) {
        var manifest = Manifest.read(dir);
        var verified = new LinkedHashMap<String, byte[]>();
        int line = 1;
        for (var entry : manifest.entries().values()) {
            line++;
            String label = dir.getFileName() + "/" + entry.file();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(dir.resolve(entry.file()));
            } catch (NoSuchFileException e) {
                throw new DatasetException(
                        label,
                        0,
                        "missing, but listed in MANIFEST.csv (line " + line
                                + "); rebuild with `umbrella datasets build`");
            } catch (IOException e) {
                throw new DatasetException(label, 0, "cannot read: " + e.getMessage(), e);
            }
            String actual = Sha256.hex(bytes);
            if (!actual.equals(entry.sha256())) {
                throw new DatasetException(
                        label,
                        0,
                        "changed since it was built: sha256 is " + actual + " but MANIFEST.csv (line " + line
                                + ") says " + entry.sha256()
                                + "; rebuild with `umbrella datasets build` or restore the file");
            }
            verified.put(entry.file(), bytes);
        }
        var datasets = new Datasets(dir, manifest, verified);
        manifest.entries().values().stream()
                .filter(e -> Dataset.ofFileName(e.file()) != null)
                .sorted(Comparator.comparingLong(e -> -verified.get(e.file()).length))
                .forEach(e -> datasets.parsed(Dataset.ofFileName(e.file()), e, true));
        return datasets;
    }

    /** {@code people.csv}: the three engineers. */
    public Table people() {
        return table(Dataset.PEOPLE);
    }

    /** {@code identities.csv}: every git email and name resolved to an engineer, with evidence. */
    public Table identities() {
        return table(Dataset.IDENTITIES);
    }

    /** {@code periods.csv}: volunteer, funded, vacancy and after periods per engineer. */
    public Table periods() {
        return table(Dataset.PERIODS);
    }

    /** {@code outputs.csv}: the outputs ledger of the three roles, each row with its evidence. */
    public Table outputs() {
        return table(Dataset.OUTPUTS);
    }

    /** {@code funding.csv}: who funded whom, how much where public. */
    public Table funding() {
        return table(Dataset.FUNDING);
    }

    /** {@code commits.csv}: every commit of the exported repositories. */
    public Table commits() {
        return table(Dataset.COMMITS);
    }

    /** {@code advisories.csv}: PSF, PyPA and RubySec advisories. */
    public Table advisories() {
        return table(Dataset.ADVISORIES);
    }

    /** {@code reported_metrics.csv}: published numbers, each with its raw file and line. */
    public Table reportedMetrics() {
        return table(Dataset.REPORTED_METRICS);
    }

    /** {@code assumptions.csv}: ROI model assumptions with ranges and sources. */
    public Table assumptions() {
        return table(Dataset.ASSUMPTIONS);
    }

    /** {@code security_labels.csv}: hand labels of the commit sample that validates the security rule. */
    public Table securityLabels() {
        return table(Dataset.SECURITY_LABELS);
    }

    /** Whether this build produced the dataset (a curated input may be absent, e.g. in a test's build). */
    public boolean has(Dataset dataset) {
        return manifest.entries().containsKey(dataset.fileName());
    }

    /** Any dataset by its contract entry (a fresh copy). */
    public Table table(Dataset dataset) {
        var entry = manifest.entries().get(dataset.fileName());
        String label = dir.getFileName() + "/" + dataset.fileName();
        if (entry == null) {
            throw new DatasetException(
                    label, 0, "not in MANIFEST.csv: this build did not produce it (are its curated inputs missing?)");
        }
        try {
            return copy(parsed(dataset, entry, false).join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    /** The cached parse of a verified file, started now (in the background or on this thread) if new. */
    private CompletableFuture<Table> parsed(Dataset dataset, Manifest.Entry entry, boolean background) {
        String label = dir.getFileName() + "/" + dataset.fileName();
        byte[] bytes = verified.get(dataset.fileName());
        return PARSED.computeIfAbsent(
                dataset.name() + ":" + entry.sha256(),
                key -> background
                        ? CompletableFuture.supplyAsync(() -> TableReader.read(dataset, label, bytes), PARSER)
                        : CompletableFuture.completedFuture(TableReader.read(dataset, label, bytes)));
    }

    /** Column by column: Tablesaw's {@code Table.copy()} copies row by row, several times slower. */
    private static Table copy(Table table) {
        var columns =
                new ArrayList<tech.tablesaw.columns.Column<?>>(); // named in full: the contract has its own Column
        for (var column : table.columns()) {
            columns.add(column.copy());
        }
        return Table.create(table.name(), columns);
    }

    /** The manifest row of a dataset file, for tracing a number to its inputs. */
    public String provenance(Dataset dataset) {
        var entry = manifest.entries().get(dataset.fileName());
        return entry == null ? "" : String.join(",", entry.row());
    }
}
