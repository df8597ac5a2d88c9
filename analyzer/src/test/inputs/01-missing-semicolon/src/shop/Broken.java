package shop;

class Broken {
    void m() {
        int x = 1
    }
}
