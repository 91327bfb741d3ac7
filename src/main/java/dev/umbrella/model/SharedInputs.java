package dev.umbrella.model;

/** The process-wide {@link Inputs}: loaded on first use, so a notebook pays for loading once. */
final class SharedInputs {
    private static volatile Inputs inputs;

    private SharedInputs() {}

    static Inputs get() {
        Inputs loaded = inputs;
        if (loaded == null) {
            synchronized (SharedInputs.class) {
                loaded = inputs;
                if (loaded == null) {
                    loaded = load();
                    inputs = loaded;
                }
            }
        }
        return loaded;
    }

    private static Inputs load() {
        throw new IllegalStateException("Datasets.load() is not on this branch yet: pass Inputs.of(...) explicitly");
    }
}
