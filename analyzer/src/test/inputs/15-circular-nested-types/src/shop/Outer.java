package shop;

class Outer {
    static class First extends Second {
    }

    static class Second implements Third {
    }

    interface Third extends Fourth {
    }

    interface Fourth extends Third {
    }
}
