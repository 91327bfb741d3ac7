package dev.umbrella.datasets;

import java.util.Arrays;
import java.util.List;

/**
 * The data contract in one place: every dataset file, its columns with their types, and the
 * columns its rows are sorted by. The build writes exactly these headers, the loader reads them
 * into typed Tablesaw columns. Untyped columns are strings.
 */
public enum Dataset {
    PEOPLE("people.csv", "person_id", "person_id name github ecosystem employer source_url"),
    IDENTITIES("identities.csv", "person_id kind value", "kind value person_id evidence source"),
    PERIODS(
            "periods.csv",
            "person_id start kind end funder",
            "person_id kind start:date end:date partly_paid:boolean employer funder role confidence source_urls note"),
    FUNDING(
            "funding.csv",
            "funder recipient person_id start purpose",
            "funder recipient person_id purpose amount_usd:double start:date end:date source_url is_assumption:boolean"
                    + " role_share note"),
    COMMITS(
            "commits.csv",
            "repo author_time sha",
            "repo sha author co_authors author_time:instant utc_offset_minutes:integer is_merge:boolean"
                    + " files_changed:integer lines_added:integer lines_deleted:integer security:boolean bot:boolean"
                    + " security_v1:boolean"),
    ADVISORIES(
            "advisories.csv",
            "database id package",
            "id database package aliases published:date modified:date withdrawn:date severity credits"),
    REPORTED_METRICS(
            "reported_metrics.csv",
            "entity metric period_start period_end raw_file line",
            "metric value:double unit qualifier period_start:date period_end:date entity raw_file line:integer"
                    + " quote source_url as_written"),
    OUTPUTS(
            "outputs.csv",
            "engineer kind start evidence",
            "engineer period kind detail count:double qualifier start:date end:date attribution stream"
                    + " stream_from:date stream_to:date evidence source_url note"),
    ASSUMPTIONS("assumptions.csv", "name", "name low:double base:double high:double unit distribution source note"),
    SECURITY_LABELS("security_labels.csv", "repo sha", "item:integer repo sha label reason");

    private final String fileName;
    private final List<Column> columns;
    private final List<String> sortKey;

    Dataset(String fileName, String sortKey, String columns) {
        this.fileName = fileName;
        this.columns = Arrays.stream(columns.split(" ")).map(Column::parse).toList();
        this.sortKey = List.of(sortKey.split(" "));
    }

    /** The file name under {@code datasets/}, e.g. {@code commits.csv}. */
    public String fileName() {
        return fileName;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The header row, in contract order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public List<String> sortKey() {
        return sortKey;
    }

    public int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(fileName + " has no column " + column);
    }

    static Dataset ofFileName(String fileName) {
        for (Dataset d : values()) {
            if (d.fileName.equals(fileName)) {
                return d;
            }
        }
        return null;
    }
}
