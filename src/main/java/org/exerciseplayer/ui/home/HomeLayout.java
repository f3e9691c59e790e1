package org.exerciseplayer.ui.home;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Home's three parts, top to bottom: the header (title, safety, the physio's notes, advice) takes the height it needs
 * up to a share of the screen and scrolls beyond it; the footer takes what it needs; the list of exercises has the
 * rest. So with large text in a small window the list never collapses to nothing, and the safety box still opens at
 * its heading.
 */
final class HomeLayout extends Region {

    /** The most of the screen's height the header takes before it scrolls. */
    static final double HEADER_SHARE = 0.45;

    private final ScrollPane header;
    private final Region headerContent;
    private final Region list;
    private final Region footer;

    HomeLayout(Region headerContent, Region list, Region footer) {
        this.headerContent = headerContent;
        this.header = new ScrollPane(headerContent);
        this.list = list;
        this.footer = footer;
        header.setId("home-header");
        header.setFitToWidth(true);
        header.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        header.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        org.exerciseplayer.ui.ScreenLayout.keepFocusInView(header);
        getChildren().addAll(header, list, footer);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double x = insets.getLeft();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double footerHeight = snapSizeY(Math.min(footer.prefHeight(width), height));
        double headerHeight = snapSizeY(Math.min(headerContent.prefHeight(width),
                Math.max(0, (height - footerHeight) * HEADER_SHARE)));
        double listHeight = Math.max(0, height - footerHeight - headerHeight);
        double y = insets.getTop();
        header.resizeRelocate(x, y, width, headerHeight);
        list.resizeRelocate(x, y + headerHeight, width, listHeight);
        footer.resizeRelocate(x, y + headerHeight + listHeight, width, footerHeight);
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight()
                + Math.max(headerContent.prefWidth(-1), Math.max(list.prefWidth(-1), footer.prefWidth(-1)));
    }

    @Override
    protected double computePrefHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + headerContent.prefHeight(width)
                + list.prefHeight(width) + footer.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + footer.minHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + footer.minWidth(height);
    }
}
