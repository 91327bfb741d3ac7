package dev.umbrella.kernel.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.umbrella.kernel.KernelInfo;
import dev.umbrella.kernel.UmbrellaKernel;
import dev.umbrella.kernel.display.DisplayBundle;
import dev.umbrella.kernel.eval.CellError;
import dev.umbrella.kernel.eval.OpenBlocks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InspectRequest;
import org.dflib.jjava.jupyter.messages.request.IsCompleteRequest;

/**
 * The replies to requests that ask the kernel something without running code: completion,
 * inspection (Shift-Tab), is-complete (with the indent of the next line), history and kernel info.
 */
final class QueryReplies {
    private QueryReplies() {}

    static JsonObject complete(UmbrellaKernel kernel, Message<?> request) {
        var content = (CompleteRequest) request.getContent();
        var k = kernel;
        var options = k.complete(content.getCode(), content.getCursorPos());
        var reply = Messages.ok();
        var matches = new JsonArray();
        options.getReplacements().forEach(matches::add);
        reply.add("matches", matches);
        reply.addProperty("cursor_start", options.getSourceStart());
        reply.addProperty("cursor_end", options.getSourceEnd());
        reply.add("metadata", new JsonObject());
        return reply;
    }

    static JsonObject inspect(UmbrellaKernel kernel, Message<?> request) {
        var content = (InspectRequest) request.getContent();
        DisplayData data = kernel.inspect(content.getCode(), content.getCursorPos(), content.getDetailLevel() > 0);
        var reply = Messages.ok();
        reply.addProperty("found", data != null);
        var bundle = DisplayBundle.of(data == null ? DisplayData.EMPTY : data, false);
        reply.add("data", bundle.get("data"));
        reply.add("metadata", bundle.get("metadata"));
        return reply;
    }

    static JsonObject isComplete(UmbrellaKernel kernel, Message<?> request) {
        var content = (IsCompleteRequest) request.getContent();
        String status = kernel.isComplete(content.getCode());
        var reply = new JsonObject();
        reply.addProperty("status", status);
        if (status.equals("incomplete")) {
            reply.addProperty("indent", OpenBlocks.indent(content.getCode()));
        }
        return reply;
    }

    static JsonObject history(UmbrellaKernel kernel, Message<?> request) {
        var content = (HistoryRequest) request.getContent();
        var manager = kernel.history();
        var flags = EnumSet.noneOf(HistoryManager.ResultFlag.class);
        if (content.includeOutput()) {
            flags.add(HistoryManager.ResultFlag.INCLUDE_OUTPUT);
        }
        List<HistoryEntry> entries = switch (content.getAccessType()) {
            case TAIL -> manager.lookupTail(((HistoryRequest.Tail) content).getMaxReturnLength(), flags);
            case RANGE -> {
                var range = (HistoryRequest.Range) content;
                yield manager.lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
            }
            case SEARCH -> {
                var search = (HistoryRequest.Search) content;
                if (search.filterUnique()) {
                    flags.add(HistoryManager.ResultFlag.UNIQUE);
                }
                yield manager.search(search.getPattern(), search.getMaxReturnLength(), flags);
            }
        };
        var list = new JsonArray();
        for (HistoryEntry e : entries == null ? new ArrayList<HistoryEntry>() : entries) {
            var row = new JsonArray();
            row.add(e.getSession());
            row.add(e.getCellNumber());
            if (e.hasOutput()) {
                var pair = new JsonArray();
                pair.add(e.getInput());
                pair.add(e.getOutput());
                row.add(pair);
            } else {
                row.add(e.getInput());
            }
            list.add(row);
        }
        var reply = Messages.ok();
        reply.add("history", list);
        return reply;
    }

    static JsonObject kernelInfo() {
        var reply = Messages.ok();
        reply.addProperty("protocol_version", Messages.PROTOCOL);
        KernelInfo.addTo(reply);
        return reply;
    }

    /** The values of an execute request's {@code user_expressions}, each rendered as text or its error. */
    static JsonObject userExpressions(UmbrellaKernel k, Map<String, String> expressions) {
        var out = new JsonObject();
        if (expressions == null) {
            return out;
        }
        expressions.forEach((name, code) -> {
            JsonObject value;
            try {
                Object result;
                synchronized (k) {
                    result = k.evalRaw(code);
                }
                value = DisplayBundle.of(k.getRenderer().render(String.valueOf(result)), false);
                value.addProperty("status", "ok");
            } catch (RuntimeException e) {
                value = CellError.of(e.getClass().getSimpleName(), String.valueOf(e.getMessage()))
                        .toJson();
                value.addProperty("status", "error");
            }
            out.add(name, value);
        });
        return out;
    }
}
