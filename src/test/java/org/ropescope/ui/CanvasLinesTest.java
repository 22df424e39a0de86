package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.StrokeLineCap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The moving layer draws solid horizontal and vertical lines as the rectangle their stroke covers
 * (faster on the software renderer): the pixels are those of the line stroked by JavaFX itself.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasLinesTest {

    private static WritableImage draw(boolean ours, BasicStroke stroke, Line2D line) {
        Canvas c = new Canvas(60, 60);
        GraphicsContext gc = c.getGraphicsContext2D();
        if (ours) {
            CanvasGraphics2D g2 = new CanvasGraphics2D(gc);
            g2.setPaint(Color.BLACK);
            g2.setStroke(stroke);
            g2.draw(line);
        } else { // what FXGraphics2D did: snap the ends, then stroke the line
            gc.setStroke(javafx.scene.paint.Color.BLACK);
            gc.setLineWidth(stroke.getLineWidth());
            gc.setLineCap(stroke.getEndCap() == BasicStroke.CAP_SQUARE ? StrokeLineCap.SQUARE : StrokeLineCap.BUTT);
            gc.strokeLine(Math.rint(line.getX1()) - 0.5, Math.rint(line.getY1()) - 0.5, Math.rint(line.getX2()) - 0.5,
                    Math.rint(line.getY2()) - 0.5);
        }
        return c.snapshot(null, null);
    }

    @Test
    void gridlinesAndTicksHaveTheStrokedLinesPixels(FxRobot robot) {
        for (BasicStroke stroke : new BasicStroke[] {new BasicStroke(1f), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER), new BasicStroke(1.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER)}) {
            for (Line2D line : new Line2D[] {new Line2D.Double(20.3, 5, 20.3, 50), new Line2D.Double(4, 30.6, 55, 30.6)}) {
                AtomicReference<WritableImage> ours = new AtomicReference<>();
                AtomicReference<WritableImage> stroked = new AtomicReference<>();
                robot.interact(() -> {
                    ours.set(draw(true, stroke, line));
                    stroked.set(draw(false, stroke, line));
                });
                PixelReader a = ours.get().getPixelReader();
                PixelReader b = stroked.get().getPixelReader();
                int inked = 0;
                for (int y = 0; y < 60; y++) {
                    for (int x = 0; x < 60; x++) {
                        int p = a.getArgb(x, y);
                        int q = b.getArgb(x, y);
                        assertTrue(Math.abs((p & 255) - (q & 255)) <= 2, "pixel " + x + "," + y + " of " + line.getP1()
                                + "-" + line.getP2() + " width " + stroke.getLineWidth() + ": " + Integer.toHexString(p)
                                + " vs " + Integer.toHexString(q));
                        inked += (q & 255) < 128 ? 1 : 0;
                    }
                }
                assertTrue(inked > 40, "the line is drawn: " + inked + " dark pixels");
            }
        }
    }
}
