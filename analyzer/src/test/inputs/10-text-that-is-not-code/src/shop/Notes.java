TODO: write this class
- ask legal about consent
