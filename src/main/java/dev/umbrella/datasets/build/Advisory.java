package dev.umbrella.datasets.build;

/**
 * One advisory row of {@code advisories.csv}. Lists ({@code package}, {@code aliases},
 * {@code credits}) are {@code ;}-joined; dates are UTC {@code YYYY-MM-DD} or empty.
 */
record Advisory(
        String id,
        String database,
        String packages,
        String aliases,
        String published,
        String modified,
        String withdrawn,
        String severity,
        String credits) {

    String[] row() {
        return new String[] {id, database, packages, aliases, published, modified, withdrawn, severity, credits};
    }
}
