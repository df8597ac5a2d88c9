package shop;

interface B extends C {
}
