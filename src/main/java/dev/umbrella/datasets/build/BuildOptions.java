package dev.umbrella.datasets.build;

import dev.umbrella.env.Env;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code umbrella datasets build} reads and where it writes.
 *
 * @param rawDir the raw public records ({@code ../shared/raw} by default)
 * @param outDir the datasets directory to replace ({@code datasets/} by default)
 * @param curated where the curated inputs come from (packaged resources by default)
 * @param repoClones local git clones to read with {@code git log} instead of (or besides) the raw exports
 */
public record BuildOptions(Path rawDir, Path outDir, CuratedSource curated, List<String> repoClones) {

    public static final BuildOptions DEFAULT = new BuildOptions(null, null, CuratedSource.packaged(), List.of());

    public BuildOptions {
        repoClones = List.copyOf(repoClones);
    }

    public Path raw() {
        return rawDir != null ? rawDir : Env.rawDir();
    }

    public Path out() {
        return outDir != null ? outDir : Env.datasetsDir();
    }

    public BuildOptions withRawDir(Path dir) {
        return new BuildOptions(dir, outDir, curated, repoClones);
    }

    public BuildOptions withOutDir(Path dir) {
        return new BuildOptions(rawDir, dir, curated, repoClones);
    }

    /** Reads curated inputs from a directory instead of the packaged resources. */
    public BuildOptions withCuratedDir(Path dir) {
        return new BuildOptions(
                rawDir, outDir, dir == null ? CuratedSource.packaged() : new CuratedSource(dir), repoClones);
    }

    /** Adds local clones, each {@code DIR} or {@code owner/name=DIR}. */
    public BuildOptions withRepoClones(List<String> clones) {
        return new BuildOptions(rawDir, outDir, curated, clones);
    }
}
