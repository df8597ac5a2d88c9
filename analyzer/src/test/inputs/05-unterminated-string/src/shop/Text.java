package shop;

class Text {
    String s = "never closed;
}
