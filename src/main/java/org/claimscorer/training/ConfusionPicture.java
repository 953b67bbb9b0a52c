package org.claimscorer.training;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.claimscorer.model.ModelCard;

/**
 * Draws an evaluation's confusion matrix as a PNG: rows are true labels, columns predicted labels, each
 * cell shaded by its share of the row (so recall shows on the diagonal) and printed with its count.
 * Uses java.awt off screen only; the launcher runs with {@code -Djava.awt.headless=true}. Stateless.
 */
final class ConfusionPicture {

    private static final int CELL = 64;
    private static final int MARGIN = 130;

    /** Writes the picture of this evaluation's confusion matrix to {@code file}. */
    void write(ModelCard.Evaluation evaluation, Path file) throws IOException {
        List<String> labels = List.copyOf(evaluation.confusion().keySet());
        int size = MARGIN + CELL * labels.size() + 10;
        BufferedImage image = new BufferedImage(size, size + 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.setColor(Color.BLACK);
            g.drawString("rows: true label, columns: predicted; " + evaluation.examples() + " examples", 8, 16);
            for (int i = 0; i < labels.size(); i++) {
                g.setColor(Color.BLACK);
                g.drawString(abbreviated(labels.get(i)), 8, MARGIN + i * CELL + CELL / 2 + 4);
                drawRotated(g, abbreviated(labels.get(i)), MARGIN + i * CELL + CELL / 2 + 4, MARGIN - 8);
                drawRow(g, i, evaluation.confusion().get(labels.get(i)), labels);
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void drawRow(Graphics2D g, int row, Map<String, Integer> counts, List<String> labels) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        for (int col = 0; col < labels.size(); col++) {
            int count = counts.get(labels.get(col));
            float share = total == 0 ? 0 : (float) count / total;
            g.setColor(new Color(1 - share * 0.8f, 1 - share * 0.6f, 1f));
            g.fillRect(MARGIN + col * CELL, MARGIN + row * CELL, CELL, CELL);
            g.setColor(Color.GRAY);
            g.drawRect(MARGIN + col * CELL, MARGIN + row * CELL, CELL, CELL);
            g.setColor(share > 0.6f ? Color.WHITE : Color.BLACK);
            g.drawString(String.valueOf(count), MARGIN + col * CELL + CELL / 2 - 8, MARGIN + row * CELL + CELL / 2 + 4);
        }
    }

    private static void drawRotated(Graphics2D g, String text, int x, int y) {
        Graphics2D turned = (Graphics2D) g.create();
        try {
            turned.rotate(-Math.PI / 2, x, y);
            turned.drawString(text, x, y);
        } finally {
            turned.dispose();
        }
    }

    private static String abbreviated(String label) {
        return label.length() > 16 ? label.substring(0, 16) : label;
    }
}
