package dev.umbrella.kernel;

import com.google.gson.JsonObject;

/**
 * Where a running cell's output goes, as Jupyter IOPub messages: {@code stream},
 * {@code display_data}, {@code update_display_data}, {@code execute_result}, {@code error},
 * {@code clear_output}. The ZeroMQ kernel publishes them; a {@link NotebookSession} turns them
 * into notebook outputs. Both get them from {@link UmbrellaKernel#execute}, the one execution path.
 */
@FunctionalInterface
public interface CellOutput {
    void publish(String msgType, JsonObject content);
}
