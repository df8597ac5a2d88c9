package shop;

class Notifier {
    static void push(String text) {
        System.out.println(text);
    }
}
