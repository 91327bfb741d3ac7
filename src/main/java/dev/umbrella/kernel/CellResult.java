package dev.umbrella.kernel;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One executed cell: its execution count (0 when the cell was blank and not run, as nbclient
 * leaves it), its outputs as nbformat v4 output objects in memory form (multi-line strings are
 * single strings; {@code nbformat.write} splits them into lists of lines on disk), and whether it
 * ran without error.
 */
public record CellResult(int executionCount, List<JsonObject> outputs, boolean ok) {}
