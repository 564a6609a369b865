/**
 * The slide's logical size: 16:9, laid out at 1280×720 and scaled to the screen (reveal.js), printed
 * one slide per page at this size (the PDF), and used by every script that draws or measures a slide.
 */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
