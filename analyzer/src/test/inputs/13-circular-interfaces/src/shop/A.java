package shop;

interface A extends B {
}
