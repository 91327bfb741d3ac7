package dev.umbrella.model;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.Datasets;

/**
 * The process-wide {@link Inputs}: the project's datasets, checksum-verified and loaded on first use, so a
 * notebook pays for loading (and for building the panel) once per kernel.
 */
final class SharedInputs {
    private static volatile Inputs inputs;

    private SharedInputs() {}

    static Inputs get() {
        Inputs loaded = inputs;
        if (loaded == null) {
            synchronized (SharedInputs.class) {
                loaded = inputs;
                if (loaded == null) {
                    loaded = load(Datasets.load());
                    inputs = loaded;
                }
            }
        }
        return loaded;
    }

    static Inputs load(Datasets datasets) {
        Inputs inputs = Inputs.of(
                        datasets.people(),
                        datasets.periods(),
                        datasets.funding(),
                        datasets.commits(),
                        datasets.reportedMetrics(),
                        datasets.assumptions())
                .withOutputs(datasets.outputs());
        return datasets.has(Dataset.SECURITY_LABELS) ? inputs.withSecurityLabels(datasets.securityLabels()) : inputs;
    }
}
