package shop;

class Open {
    void m() {
    }
