package dev.umbrella.publish;

/** A cell that raised: names the notebook, the cell (1-based, as counted in the file) and the error. */
final class CellFailure extends PublishException {
    private static final long serialVersionUID = 1L;

    private final String notebook;
    private final int cellNumber;

    CellFailure(String notebook, int cellNumber, String cellId, String error) {
        super(notebook + ": cell " + cellNumber + (cellId.isEmpty() ? "" : " (id " + cellId + ")") + " failed:\n"
                + error);
        this.notebook = notebook;
        this.cellNumber = cellNumber;
    }

    public String notebook() {
        return notebook;
    }

    public int cellNumber() {
        return cellNumber;
    }
}
