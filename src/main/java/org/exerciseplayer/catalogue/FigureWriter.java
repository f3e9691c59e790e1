package org.exerciseplayer.catalogue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.exerciseplayer.figure.BodyPoint;
import org.exerciseplayer.figure.Contact;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.Joint;
import org.exerciseplayer.figure.Pose;
import org.exerciseplayer.figure.Prop;
import org.exerciseplayer.figure.View;

/** Writes an exercise's figure as {@link FigureReader} reads it, leaving out what has its default value. */
final class FigureWriter {

    private FigureWriter() {
    }

    static void write(Figure figure, JsonGenerator out) throws IOException {
        out.writeStartObject();
        names("movement", figure.movement(), out);
        names("otherDirection", figure.otherDirection(), out);
        names("preparation", figure.preparation(), out);
        names("highlight", figure.highlight().stream().map(Joint::word).toList(), out);
        if (!figure.view().equals(View.DEFAULT)) {
            out.writeObjectFieldStart("view");
            out.writeNumberField("turn", figure.view().turn());
            out.writeNumberField("tilt", figure.view().tilt());
            out.writeEndObject();
        }
        if (figure.anchor() != BodyPoint.PELVIS) {
            out.writeStringField("anchor", figure.anchor().word());
        }
        if (figure.surface() != Figure.Surface.MAT) {
            out.writeStringField("surface", figure.surface().word());
        }
        if (!figure.props().isEmpty()) {
            out.writeArrayFieldStart("props");
            for (Prop prop : figure.props()) {
                out.writeStartObject();
                out.writeStringField("kind", prop.kind().word());
                names(prop.placing().word(), prop.points().stream().map(BodyPoint::word).toList(), out);
                if (prop.imaginary()) {
                    out.writeBooleanField("imaginary", true);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!figure.contacts().isEmpty()) {
            out.writeArrayFieldStart("contacts");
            for (Contact contact : figure.contacts()) {
                out.writeStartObject();
                out.writeStringField("hand", contact.hand().word());
                out.writeStringField("on", contact.on().word());
                if (contact.on().part() != null && contact.on().percent() != 50) {
                    out.writeNumberField("at", contact.on().percent());
                }
                if (contact.action() != Contact.Action.HOLD) {
                    out.writeStringField("action", contact.action().word());
                }
                names("in", contact.poses(), out);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (figure.arrow().isPresent()) {
            out.writeStringField("arrow", figure.arrow().get().word());
        }
        out.writeObjectFieldStart("poses");
        for (Map.Entry<String, Pose> pose : figure.poses().entrySet()) {
            out.writeObjectFieldStart(pose.getKey());
            out.writeStringField("position", pose.getValue().position().word());
            if (!pose.getValue().joints().isEmpty()) {
                out.writeObjectFieldStart("joints");
                for (Map.Entry<Joint, List<Double>> joint : pose.getValue().joints().entrySet()) {
                    writeAngles(joint.getKey(), joint.getValue(), out);
                }
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    /** A bare number when only the main angle is bent, else an object of the angles that are not 0. */
    private static void writeAngles(Joint joint, List<Double> angles, JsonGenerator out) throws IOException {
        boolean onlyMain = angles.subList(1, angles.size()).stream().allMatch(a -> a == 0);
        if (onlyMain) {
            out.writeNumberField(joint.word(), angles.get(0).intValue());
            return;
        }
        out.writeObjectFieldStart(joint.word());
        for (int i = 0; i < angles.size(); i++) {
            if (angles.get(i) != 0) {
                out.writeNumberField(joint.angles().get(i).name(), angles.get(i).intValue());
            }
        }
        out.writeEndObject();
    }

    private static void names(String field, List<String> names, JsonGenerator out) throws IOException {
        CatalogueWriter.texts(field, names, out);
    }
}
