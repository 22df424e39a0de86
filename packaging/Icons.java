import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Makes every icon file from the one SVG source: PNGs in the usual sizes, a Windows {@code .ico}
 * and a macOS {@code .icns}. Run with the JDK alone (single-file source launch):
 *
 * <pre>  java packaging/Icons.java assets/ropescope.svg target/icons</pre>
 *
 * <p>Why a Java tool and not rsvg-convert/ImageMagick/png2icns: the build then needs nothing but
 * the JDK it already has, on Linux, macOS and Windows alike, and gives the same pixels on all
 * three. It draws the small SVG subset the icon uses (rect, circle, line, path with M L H V C S Q
 * Z, solid colours, fill/stroke/opacity, stroke caps and joins, nested g) with Java2D's
 * anti-aliasing, and stops with one line naming anything else it meets. The {@code .ico} and
 * {@code .icns} hold PNG images, which Windows Vista+ and macOS 10.7+ read.
 */
public final class Icons {

    /** PNG sizes written; the Linux desktop entry and the window icon pick from these. */
    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** icns types that hold PNG data, and their pixel sizes. */
    static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java packaging/Icons.java SOURCE.svg OUTPUT_DIR");
            System.exit(2);
        }
        Path svg = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isRegularFile(svg)) {
            System.err.println("Icons: SOURCE.svg: no such file: " + svg);
            System.exit(2);
        }
        String base = svg.getFileName().toString().replaceFirst("\\.svg$", "");
        Files.createDirectories(out);
        Icons icons;
        try {
            icons = new Icons(svg);
        } catch (IllegalArgumentException e) {
            System.err.println("Icons: " + svg + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        Map<Integer, byte[]> png = new HashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, icons.png(size));
            write(out.resolve(base + "-" + size + ".png"), png.get(size));
        }
        write(out.resolve(base + ".png"), png.get(256));
        write(out.resolve(base + ".ico"), ico(png));
        write(out.resolve(base + ".icns"), icns(png));
        System.out.println("Icons: " + PNG_SIZES.length + " PNGs, " + base + ".ico and " + base + ".icns in " + out);
    }

    private final Element root;
    private final double viewWidth;
    private final double viewHeight;
    private final double viewX;
    private final double viewY;

    Icons(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        root = f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            throw new IllegalArgumentException("the root element is <" + root.getLocalName() + ">, not <svg>");
        }
        String[] vb = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (vb.length != 4) {
            throw new IllegalArgumentException("the <svg> needs a viewBox of four numbers");
        }
        viewX = Double.parseDouble(vb[0]);
        viewY = Double.parseDouble(vb[1]);
        viewWidth = Double.parseDouble(vb[2]);
        viewHeight = Double.parseDouble(vb[3]);
    }

    /** The icon drawn at {@code size} x {@code size} pixels, as PNG bytes. */
    byte[] png(int size) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / viewWidth, size / viewHeight);
        g.translate(-viewX, -viewY);
        drawChildren(g, root, new Style());
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    private void drawChildren(Graphics2D g, Element parent, Style inherited) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                draw(g, (Element) n, inherited);
            }
        }
    }

    private void draw(Graphics2D g, Element e, Style inherited) {
        String name = e.getLocalName();
        if (!e.getAttribute("transform").isEmpty() || !e.getAttribute("style").isEmpty()) {
            throw new IllegalArgumentException("<" + name + ">: transform and style attributes are not drawn;"
                    + " use plain coordinates and presentation attributes");
        }
        Style s = inherited.with(e);
        switch (name) {
            case "title": case "desc": case "metadata":
                return;
            case "g":
                drawChildren(g, e, s);
                return;
            case "rect": {
                double x = num(e, "x", 0), y = num(e, "y", 0), w = num(e, "width", -1), h = num(e, "height", -1);
                double rx = num(e, "rx", -1), ry = num(e, "ry", -1);
                if (rx < 0) rx = Math.max(ry, 0);
                if (ry < 0) ry = rx;
                paint(g, rx > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry)
                        : new Rectangle2D.Double(x, y, w, h), s);
                return;
            }
            case "circle": {
                double r = num(e, "r", -1);
                paint(g, new Ellipse2D.Double(num(e, "cx", 0) - r, num(e, "cy", 0) - r, 2 * r, 2 * r), s);
                return;
            }
            case "line":
                paint(g, new Line2D.Double(num(e, "x1", 0), num(e, "y1", 0), num(e, "x2", 0), num(e, "y2", 0)), s);
                return;
            case "path":
                paint(g, path(e.getAttribute("d")), s);
                return;
            default:
                throw new IllegalArgumentException("<" + name + "> is not drawn by packaging/Icons.java;"
                        + " allowed: g, rect, circle, line, path");
        }
    }

    private static void paint(Graphics2D g, Shape shape, Style s) {
        if (s.fill != null) {
            g.setColor(withAlpha(s.fill, s.opacity * s.fillOpacity));
            g.fill(shape);
        }
        if (s.stroke != null && s.strokeWidth > 0) {
            g.setColor(withAlpha(s.stroke, s.opacity * s.strokeOpacity));
            g.setStroke(new BasicStroke((float) s.strokeWidth, s.cap, s.join));
            g.draw(shape);
        }
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    private static double num(Element e, String attr, double fallback) {
        String v = e.getAttribute(attr).trim();
        if (v.isEmpty()) {
            if (fallback < 0) {
                throw new IllegalArgumentException("<" + e.getLocalName() + "> needs " + attr);
            }
            return fallback;
        }
        try {
            return Double.parseDouble(v.replaceFirst("px$", ""));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("<" + e.getLocalName() + "> " + attr + "=\"" + v + "\" is not a number");
        }
    }

    /** Path data with M L H V C S Q Z, absolute and relative. */
    static Path2D path(String d) {
        Path2D.Double p = new Path2D.Double();
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("[MmLlHhVvCcSsQqZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?").matcher(d);
        int last = 0;
        while (m.find()) {
            if (!d.substring(last, m.start()).matches("[\\s,]*")) {
                throw new IllegalArgumentException("path d: cannot read \"" + d.substring(last, m.start()).trim()
                        + "\"; allowed commands: M L H V C S Q Z");
            }
            tokens.add(m.group());
            last = m.end();
        }
        if (!d.substring(last).matches("[\\s,]*")) {
            throw new IllegalArgumentException("path d: cannot read \"" + d.substring(last).trim() + "\"");
        }
        double x = 0, y = 0, startX = 0, startY = 0, lastCx = 0, lastCy = 0;
        char cmd = 0, prev = 0;
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                cmd = t.charAt(0);
                i++;
                if (cmd == 'Z' || cmd == 'z') {
                    p.closePath();
                    x = startX;
                    y = startY;
                    prev = cmd;
                    continue;
                }
            } else if (cmd == 0) {
                throw new IllegalArgumentException("path d must start with M");
            }
            boolean rel = Character.isLowerCase(cmd);
            double ox = rel ? x : 0, oy = rel ? y : 0;
            switch (Character.toUpperCase(cmd)) {
                case 'M':
                    x = ox + Double.parseDouble(tokens.get(i++));
                    y = oy + Double.parseDouble(tokens.get(i++));
                    p.moveTo(x, y);
                    startX = x;
                    startY = y;
                    cmd = rel ? 'l' : 'L'; // further pairs are line-tos
                    break;
                case 'L':
                    x = ox + Double.parseDouble(tokens.get(i++));
                    y = oy + Double.parseDouble(tokens.get(i++));
                    p.lineTo(x, y);
                    break;
                case 'H':
                    x = ox + Double.parseDouble(tokens.get(i++));
                    p.lineTo(x, y);
                    break;
                case 'V':
                    y = oy + Double.parseDouble(tokens.get(i++));
                    p.lineTo(x, y);
                    break;
                case 'C': {
                    double x1 = ox + Double.parseDouble(tokens.get(i++)), y1 = oy + Double.parseDouble(tokens.get(i++));
                    lastCx = ox + Double.parseDouble(tokens.get(i++));
                    lastCy = oy + Double.parseDouble(tokens.get(i++));
                    x = ox + Double.parseDouble(tokens.get(i++));
                    y = oy + Double.parseDouble(tokens.get(i++));
                    p.curveTo(x1, y1, lastCx, lastCy, x, y);
                    break;
                }
                case 'S': {
                    boolean smooth = "CcSs".indexOf(prev) >= 0;
                    double x1 = smooth ? 2 * x - lastCx : x, y1 = smooth ? 2 * y - lastCy : y;
                    lastCx = ox + Double.parseDouble(tokens.get(i++));
                    lastCy = oy + Double.parseDouble(tokens.get(i++));
                    x = ox + Double.parseDouble(tokens.get(i++));
                    y = oy + Double.parseDouble(tokens.get(i++));
                    p.curveTo(x1, y1, lastCx, lastCy, x, y);
                    break;
                }
                case 'Q': {
                    double x1 = ox + Double.parseDouble(tokens.get(i++)), y1 = oy + Double.parseDouble(tokens.get(i++));
                    x = ox + Double.parseDouble(tokens.get(i++));
                    y = oy + Double.parseDouble(tokens.get(i++));
                    p.quadTo(x1, y1, x, y);
                    break;
                }
                default:
                    throw new IllegalArgumentException("path command " + cmd + " is not drawn; allowed: M L H V C S Q Z");
            }
            prev = cmd;
        }
        return p;
    }

    /** Presentation attributes, inherited down the tree as in SVG. */
    static final class Style {
        Color fill = Color.BLACK;
        Color stroke;
        double strokeWidth = 1;
        double opacity = 1;
        double fillOpacity = 1;
        double strokeOpacity = 1;
        int cap = BasicStroke.CAP_BUTT;
        int join = BasicStroke.JOIN_MITER;

        Style with(Element e) {
            Style s = new Style();
            s.fill = fill;
            s.stroke = stroke;
            s.strokeWidth = strokeWidth;
            s.fillOpacity = fillOpacity;
            s.strokeOpacity = strokeOpacity;
            s.cap = cap;
            s.join = join;
            s.opacity = opacity * attr(e, "opacity", 1); // opacity multiplies down the tree
            if (e.hasAttribute("fill")) s.fill = color(e.getAttribute("fill"));
            if (e.hasAttribute("stroke")) s.stroke = color(e.getAttribute("stroke"));
            s.strokeWidth = attr(e, "stroke-width", s.strokeWidth);
            s.fillOpacity = attr(e, "fill-opacity", s.fillOpacity);
            s.strokeOpacity = attr(e, "stroke-opacity", s.strokeOpacity);
            switch (e.getAttribute("stroke-linecap")) {
                case "round": s.cap = BasicStroke.CAP_ROUND; break;
                case "square": s.cap = BasicStroke.CAP_SQUARE; break;
                case "butt": s.cap = BasicStroke.CAP_BUTT; break;
                default: break;
            }
            switch (e.getAttribute("stroke-linejoin")) {
                case "round": s.join = BasicStroke.JOIN_ROUND; break;
                case "bevel": s.join = BasicStroke.JOIN_BEVEL; break;
                case "miter": s.join = BasicStroke.JOIN_MITER; break;
                default: break;
            }
            return s;
        }

        private static double attr(Element e, String name, double fallback) {
            String v = e.getAttribute(name).trim();
            return v.isEmpty() ? fallback : Double.parseDouble(v);
        }

        private static Color color(String v) {
            v = v.trim();
            if (v.equals("none")) return null;
            if (v.matches("#[0-9a-fA-F]{6}")) return new Color(Integer.parseInt(v.substring(1), 16));
            if (v.matches("#[0-9a-fA-F]{3}")) {
                int r = Integer.parseInt(v.substring(1, 2), 16), g = Integer.parseInt(v.substring(2, 3), 16),
                        b = Integer.parseInt(v.substring(3, 4), 16);
                return new Color(r * 17, g * 17, b * 17);
            }
            if (v.equals("white")) return Color.WHITE;
            if (v.equals("black")) return Color.BLACK;
            throw new IllegalArgumentException("colour \"" + v + "\": use #rrggbb, #rgb, white, black or none");
        }
    }

    /** A Windows icon whose entries are PNG images (read by Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> png) {
        int n = ICO_SIZES.length;
        int offset = 6 + 16 * n;
        int total = offset;
        for (int s : ICO_SIZES) total += png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) n);
        for (int s : ICO_SIZES) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)); // 0 means 256
            b.put((byte) 0).put((byte) 0);                // no palette, reserved
            b.putShort((short) 1).putShort((short) 32);   // planes, bits per pixel
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : ICO_SIZES) b.put(png.get(s));
        return b.array();
    }

    /** A macOS icon family whose entries are PNG images (read by macOS 10.7 and later). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body); // big-endian, as icns wants
        for (Map.Entry<String, Integer> t : ICNS_TYPES.entrySet()) {
            byte[] data = png.get(t.getValue());
            out.writeBytes(t.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        head.write(body.toByteArray());
        return file.toByteArray();
    }

    /** Written atomically: a temporary file in the same folder, then moved over the target. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp"); // same folder, default permissions
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
