package dev.umbrella.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.umbrella.Synthetic;
import dev.umbrella.Synthetic.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class Panel_TableTest {

    @Test
    void tableRowsEqualTheActivityMonthsOfEveryPerson() {
        Panel panel = Panel.of(Synthetic.commits(Scenario.planted(3).withComparisonUnits(5)));
        Table table = panel.table();

        List<ActivityMonth> expected = new ArrayList<>();
        panel.persons().forEach(p -> expected.addAll(panel.months(p)));
        List<ActivityMonth> actual = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            actual.add(new ActivityMonth(
                    table.stringColumn("person_id").get(i),
                    table.stringColumn("repo").get(i),
                    YearMonth.from(table.dateColumn("month").get(i)),
                    table.intColumn("commits").getInt(i),
                    table.intColumn("co_authored_commits").getInt(i),
                    table.intColumn("security_commits").getInt(i),
                    table.intColumn("active_days").getInt(i),
                    table.longColumn("lines_changed").getLong(i),
                    table.doubleColumn("repo_share").getDouble(i),
                    table.doubleColumn("working_hours_share").getDouble(i)));
        }

        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(panel.table(Synthetic.ENGINEER).rowCount())
                .isEqualTo(panel.months(Synthetic.ENGINEER).size());
    }
}
