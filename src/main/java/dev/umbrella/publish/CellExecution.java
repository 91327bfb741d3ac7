package dev.umbrella.publish;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One executed cell: the kernel's execution count and the nbformat-4 output objects exactly as
 * nbclient would record them ({@code stream}, {@code display_data}, {@code execute_result}, {@code error}).
 */
record CellExecution(int executionCount, List<JsonObject> outputs, boolean ok) {
    public CellExecution {
        outputs = List.copyOf(outputs);
    }
}
