package dev.umbrella.estimate;

import dev.umbrella.estimate.RuleValidation.Ratio;
import dev.umbrella.estimate.RuleValidation.Unit;
import dev.umbrella.model.TableBuilder;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** The tables {@link RuleValidation} shows: its rates one per row, and the commits where rule and label disagree. */
final class ValidationTables {
    private ValidationTables() {}

    /** Rates as the rows of one table; an insufficient rate keeps its row, with the reason in the note. */
    static Table ratios(String name, List<Ratio> ratios) {
        TableBuilder table = TableBuilder.named(name)
                .text("rule", "domain", "measure")
                .number("estimate", "lower", "upper", "unclear_as_security", "unclear_as_not")
                .integer("labelled")
                .text("note");
        for (Ratio r : ratios) {
            boolean sufficient = r.isSufficient();
            table.row(
                    r.rule(),
                    r.domain(),
                    r.measure(),
                    sufficient ? r.value() : null,
                    sufficient ? r.interval().lower() : null,
                    sufficient ? r.interval().upper() : null,
                    sufficient ? r.unclearAsSecurity() : null,
                    sufficient ? r.unclearAsNot() : null,
                    r.units(),
                    sufficient ? "" : "insufficient data: " + r.insufficient());
        }
        return table.build();
    }

    /**
     * The labelled commits where the current rule and the label disagree (misses, then false alarms), with their
     * weight; unclear labels last.
     */
    static Table disagreements(List<Unit> units) {
        TableBuilder table = TableBuilder.named("rule and label disagree")
                .integer("item")
                .text("repo", "sha", "group", "period")
                .number("weight")
                .text("flag", "label", "reason");
        List<Unit> rows = new ArrayList<>();
        for (String kind : List.of("missed", "false alarm", RuleValidation.UNCLEAR)) {
            for (Unit u : units) {
                boolean missed = u.label().equals(RuleValidation.SECURITY) && !u.currentFlag();
                boolean falseAlarm = u.label().equals(RuleValidation.NOT_SECURITY) && u.currentFlag();
                if (kind.equals("missed") && missed
                        || kind.equals("false alarm") && falseAlarm
                        || kind.equals(RuleValidation.UNCLEAR) && u.label().equals(RuleValidation.UNCLEAR)) {
                    rows.add(u);
                }
            }
        }
        for (Unit u : rows) {
            table.row(
                    u.item(),
                    u.repo(),
                    u.sha(),
                    u.group(),
                    u.period(),
                    u.weight(),
                    u.currentFlag() ? "flagged" : "not flagged",
                    u.label(),
                    u.reason());
        }
        return table.build();
    }
}
