// placeholder until the notes library lands
