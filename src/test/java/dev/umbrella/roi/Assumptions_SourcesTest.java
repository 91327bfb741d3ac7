package dev.umbrella.roi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.env.Env;
import dev.umbrella.model.Inputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every unit value of the project has a public source or says it is a judgement; judgements stay a minority. */
class Assumptions_SourcesTest {

    @Test
    void everyRowHasAUrlOrAJudgementNote() {
        List<Assumption> all = Assumptions.fromTable(
                        Inputs.load(Env.datasetsDir()).assumptionsTable())
                .all();

        for (Assumption a : all) {
            if (a.source().equals("judgement")) {
                assertThat(a.note()).as(a.name()).isNotBlank();
            } else {
                assertThat(a.source()).as(a.name()).matches("https://[a-z0-9.-]+\\.[a-z]{2,}/.*");
                assertThat(a.note()).as(a.name() + " quotes its figure").containsPattern("[0-9]");
            }
        }
        long judgement =
                all.stream().filter(a -> a.source().equals("judgement")).count();
        assertThat(judgement).as("judgement rows").isLessThan(all.size() / 2);
    }

    @Test
    void everyUnitValueAChannelUsesIsInTheAssumptions() {
        List<String> names = Assumptions.fromTable(
                        Inputs.load(Env.datasetsDir()).assumptionsTable())
                .names();
        for (String kind : List.of(
                "advisory_published",
                "vulnerability_fixed",
                "security_feature_shipped",
                "malware_report_handled",
                "incident_handled")) {
            for (Method m : Method.values()) {
                Valuation.Way way = Valuation.of(kind, "", m, false);
                assertThat(names).as(kind + " " + m).containsAll(way.factors());
            }
        }
        for (String severity : List.of("high", "medium", "low", "informational")) {
            for (Method m : Method.values()) {
                assertThat(names)
                        .containsAll(Valuation.of("audit_finding_remediated", severity, m, false)
                                .factors());
            }
        }
        for (Method m : Method.values()) {
            assertThat(names)
                    .containsAll(Valuation.of("adoption_milestone", "accounts_2fa", m, false)
                            .factors());
        }
    }
}
