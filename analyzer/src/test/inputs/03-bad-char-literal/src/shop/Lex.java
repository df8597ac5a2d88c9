package shop;

class Lex {
    char c = 'ab';
}
