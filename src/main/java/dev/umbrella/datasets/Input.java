package dev.umbrella.datasets;

/**
 * One input of a dataset as the manifest records it: a raw file with the SHA-256 of its bytes
 * ({@code raw:git/pypi__warehouse.commits.tsv.gz sha256-gzip=…}: for {@code .gz} files the hash is of
 * the compressed bytes as stored), a curated file ({@code curated:aliases.csv sha256=…}), or a
 * repository snapshot ({@code pypi/warehouse@<commit sha>}, read from an export or a clone).
 */
public record Input(String text) implements Comparable<Input> {

    public static Input rawFile(String relativePath, String sha256) {
        String kind = relativePath.endsWith(".gz") ? "sha256-gzip" : "sha256";
        return new Input("raw:" + relativePath + " " + kind + "=" + sha256);
    }

    public static Input curated(String fileName, String sha256) {
        return new Input("curated:" + fileName + " sha256=" + sha256);
    }

    public static Input snapshot(String repo, String commitSha, String how) {
        return new Input(repo + "@" + commitSha + " (" + how + ")");
    }

    @Override
    public int compareTo(Input o) {
        return text.compareTo(o.text);
    }
}
