package org.ropescope.session;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;

/**
 * Format 1.2's additions to a session: the view's {@code lambdaEqualsS}, {@code tab},
 * {@code selectedPair} and {@code presentation}, and the lecture's {@code steps}:
 *
 * <pre>
 * "view" : { "theme" : "dark", "lambdaEqualsS" : true, "tab" : "tableTab", "selectedPair" : 45, "presentation" : true },
 * "steps" : [ { "name" : "the book's example", "inputs" : { ... }, "methods" : [ ... ], "view" : { ... } } ]
 * </pre>
 *
 * Every field is optional; a file without them (1.0, 1.1) opens as before. A wrong type or value is
 * refused naming it ({@code steps[2].view.selectedPair must be ...}).
 */
final class LectureJson {

    private LectureJson() {
    }

    static void writeView(ObjectNode view, ViewState v) {
        if (v.lambdaEqualsS()) {
            view.put("lambdaEqualsS", true);
        }
        if (v.tab() != null) {
            view.put("tab", v.tab());
        }
        if (v.selectedPair() >= 0) {
            view.put("selectedPair", v.selectedPair());
        }
        if (v.presentation()) {
            view.put("presentation", true);
        }
    }

    static void writeSteps(ObjectNode root, List<LectureStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        ArrayNode list = root.putArray("steps");
        for (LectureStep s : steps) {
            ObjectNode o = list.addObject();
            o.put("name", s.name());
            ObjectNode inputs = o.putObject("inputs");
            SessionFile.writeInputs(inputs, s.inputs());
            MethodsJson.write(o, inputs, s.methods());
            writeView(o.putObject("view"), s.view());
        }
    }

    /** The view's 1.2 fields of {@code view} (an object or nothing), at {@code at} ("t.ropescope, view"). */
    static ViewState readView(JsonNode view, String at) throws SessionException {
        if (view == null || view.isNull()) {
            return ViewState.DEFAULT;
        }
        if (!view.isObject()) {
            throw new SessionException(text("session.object", at, SessionFile.shown(view)));
        }
        boolean lambda = bool(view, "lambdaEqualsS", at);
        boolean presentation = bool(view, "presentation", at);
        JsonNode tab = view.get("tab");
        if (tab != null && !tab.isNull() && !(tab.isTextual() && tab.asText().matches("[A-Za-z][A-Za-z0-9]{0,40}"))) {
            throw new SessionException(text("session.tab", at + ".tab", SessionFile.shown(tab)));
        }
        JsonNode pair = view.get("selectedPair");
        int selected = -1;
        if (pair != null && !pair.isNull()) {
            if (!pair.isIntegralNumber() || !pair.canConvertToInt() || pair.intValue() < -1
                    || pair.intValue() >= 4096) {
                throw new SessionException(text("session.pair", at + ".selectedPair", SessionFile.shown(pair)));
            }
            selected = pair.intValue();
        }
        return new ViewState(lambda, tab == null || tab.isNull() ? null : tab.asText(), selected, presentation);
    }

    static List<LectureStep> readSteps(JsonNode steps, boolean laterMinor, String name) throws SessionException {
        if (steps == null || steps.isNull()) {
            return List.of();
        }
        if (!steps.isArray()) {
            throw new SessionException(text("session.steps", name, SessionFile.shown(steps)));
        }
        List<LectureStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String at = name + ", steps[" + i + "]";
            if (!step.isObject()) {
                throw new SessionException(text("session.object", at, SessionFile.shown(step)));
            }
            JsonNode n = step.get("name");
            if (n == null || !n.isTextual() || n.asText().isBlank() || n.asText().length() > LectureStep.MAX_NAME) {
                throw new SessionException(text("session.stepName", at + ".name", String.valueOf(LectureStep.MAX_NAME),
                        SessionFile.shown(n)));
            }
            RopeConfig inputs = SessionFile.readInputs(step.get("inputs"), at);
            MethodSelection methods = MethodsJson.read(step.get("inputs"), step.get("methods"), laterMinor, at);
            out.add(new LectureStep(n.asText(), inputs, methods, readView(step.get("view"), at + ".view")));
        }
        return out;
    }

    private static boolean bool(JsonNode parent, String key, String at) throws SessionException {
        JsonNode b = parent.get(key);
        if (b == null || b.isNull()) {
            return false;
        }
        if (!b.isBoolean()) {
            throw new SessionException(text("session.bool", at + "." + key, SessionFile.shown(b)));
        }
        return b.booleanValue();
    }
}
