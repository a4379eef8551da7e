package dev.atk.chart;

/**
 * Puts AWT into headless mode before any AWT class initialises: charts are rendered on servers and in tests where
 * there is no display, and AWT reads this property only once, so it has to be set before the first touch.
 */
final class Headless {
    private Headless() {}

    /** Sets {@code java.awt.headless=true} unless the caller already decided either way. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
