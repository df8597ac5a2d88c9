package shop;

class X extends Y {
}
