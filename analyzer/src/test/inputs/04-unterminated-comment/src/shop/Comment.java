package shop;

class Comment {
    /* this comment is never closed
    void m() { }
}
