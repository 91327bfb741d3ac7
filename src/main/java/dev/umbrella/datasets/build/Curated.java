package dev.umbrella.datasets.build;

import dev.umbrella.datasets.Dataset;
import dev.umbrella.datasets.DatasetException;
import dev.umbrella.datasets.Input;
import dev.umbrella.datasets.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All hand-curated inputs of a build, read and validated up front (they are small): the alias
 * list, the fact files, the assumptions and the reported-metrics spec. The security labels are read here but
 * checked once the commits are read, because every label must name a commit. Curated fact files that do
 * not exist yet are skipped (their datasets are then absent from the manifest); the alias list is
 * required.
 */
record Curated(
        Aliases aliases,
        String aliasesLabel,
        Input aliasesInput,
        DatasetRows identities,
        List<CuratedTables.Table> tables,
        byte[] metricsSpec,
        byte[] metricsVocabulary,
        byte[] outputKinds,
        byte[] outputsCurated,
        byte[] securityLabels) {

    /** The three engineers' ids (HELPERS data contract), used only until {@code people.csv} exists. */
    static final Set<String> ENGINEERS = Set.of("seth", "mike", "samuel");

    /** The alias list alone, first, because resolving commits needs it. */
    static Aliases aliases(CuratedSource source) {
        byte[] bytes = source.read(Aliases.FILE);
        if (bytes == null) {
            throw new DatasetException(
                    source.label(Aliases.FILE), 0, "missing; identity resolution needs the reviewed alias list");
        }
        return Aliases.parse(source.label(Aliases.FILE), new String(bytes, StandardCharsets.UTF_8), people(source));
    }

    static Curated read(CuratedSource source, Aliases aliases) {
        var tables = new ArrayList<CuratedTables.Table>();
        byte[] peopleBytes = source.read(Dataset.PEOPLE.fileName());
        if (peopleBytes != null) {
            tables.add(CuratedTables.people(source, peopleBytes));
        }
        Set<String> people = people(source);
        byte[] periods = source.read(Dataset.PERIODS.fileName());
        if (periods != null) {
            tables.add(CuratedTables.periods(source, periods, people));
        }
        byte[] funding = source.read(Dataset.FUNDING.fileName());
        if (funding != null) {
            tables.add(CuratedTables.funding(source, funding, people));
        }
        byte[] assumptions = source.read(Dataset.ASSUMPTIONS.fileName());
        if (assumptions != null) {
            tables.add(CuratedTables.assumptions(source, assumptions));
        }
        byte[] aliasBytes = source.read(Aliases.FILE);
        return new Curated(
                aliases,
                source.label(Aliases.FILE),
                Input.curated(Aliases.FILE, Sha256.hex(aliasBytes)),
                new DatasetRows(Dataset.IDENTITIES, aliases.rows()),
                List.copyOf(tables),
                source.read(ReportedMetrics.SPEC),
                source.read(ReportedMetrics.VOCABULARY),
                source.read(OutputLedger.KINDS),
                source.read(OutputLedger.CURATED),
                source.read(SecurityLabels.FILE));
    }

    /** The person ids of {@code people.csv}, or {@link #ENGINEERS} while it does not exist. */
    static Set<String> people(CuratedSource source) {
        byte[] bytes = source.read(Dataset.PEOPLE.fileName());
        if (bytes == null) {
            return ENGINEERS;
        }
        var ids = new HashSet<String>();
        for (String[] row : CuratedTables.people(source, bytes).rows().rows()) {
            ids.add(row[0]);
        }
        return ids;
    }
}
