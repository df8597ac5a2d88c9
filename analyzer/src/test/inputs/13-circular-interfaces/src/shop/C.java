package shop;

interface C extends A {
}
