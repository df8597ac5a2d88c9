/** A named module: its declaration is parsed and holds nothing to analyze. */
module shop {
    requires java.logging;
    exports shop;
}
