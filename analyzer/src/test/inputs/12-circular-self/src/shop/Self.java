package shop;

class Self extends Self {
}
