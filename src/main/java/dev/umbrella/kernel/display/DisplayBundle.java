package dev.umbrella.kernel.display;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Rendered data as the Jupyter messages carry it: {@code data} and {@code metadata} (and, for
 * {@code display_data}, {@code transient} with the display id), the shape of {@code execute_result},
 * {@code display_data} and {@code inspect_reply}.
 */
public final class DisplayBundle {
    private static final Gson GSON = new Gson();

    private DisplayBundle() {}

    /** {@code data}'s content; {@code withTransient}: keep its display id (display_data, update_display_data). */
    public static JsonObject of(DisplayData data, boolean withTransient) {
        JsonObject json = GSON.toJsonTree(data).getAsJsonObject();
        var content = new JsonObject();
        content.add("data", json.has("data") ? json.get("data") : new JsonObject());
        content.add("metadata", json.has("metadata") ? json.get("metadata") : new JsonObject());
        if (withTransient && json.has("transient")) {
            content.add("transient", json.get("transient"));
        }
        return content;
    }
}
